/**
 * The history of the graph: the {@code :Change} nodes the graph writer records for every new
 * document or version, status, comment-period and requirement change, whoever wrote it, served as
 * {@code Document.history}.
 */
package dev.regintel.app.history;
