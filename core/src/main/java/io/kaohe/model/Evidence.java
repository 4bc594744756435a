package io.kaohe.model;

/** One graded piece of a micro-ability's evidence (教学设计, 课堂实录片段, 教学反思, …). */
public record Evidence(String piece, Level level) {}
