/**
 * Products in through the API: keyed mutations that create, update and delete suppliers, devices
 * and controls and claim or withdraw SATISFIES links. Inputs are checked here (bounds, vocabulary,
 * that every reference exists); the one writing layer ({@code write.GraphWriter}) writes them in
 * one transaction and enforces who owns what.
 */
package dev.regintel.app.vendor;
