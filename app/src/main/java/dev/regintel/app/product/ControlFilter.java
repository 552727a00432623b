package dev.regintel.app.product;

/** The ControlFilter input. */
public record ControlFilter(String nameContains) {}
