package io.kaohe.model;

/** Unit of a record's amount. A pack accepts, per record kind, only the units its policy defines. */
public enum Unit { HOUR, MINUTE, CREDIT, COUNT }
