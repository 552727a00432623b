/** How long each phase of a start took, logged once the app is ready ({@link StartupTimeline}). */
package dev.regintel.app.internal.startup;
