package io.kaohe.model;

/** A teacher's role: ordinary teacher, or member of the school's management team. */
public enum Role { TEACHER, MANAGER }
