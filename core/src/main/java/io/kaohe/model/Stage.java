package io.kaohe.model;

/** School stage (学段) of a teacher or school, as in interchange v1. */
public enum Stage { PRESCHOOL, PRIMARY, JUNIOR, SENIOR, VOCATIONAL, SPECIAL }
