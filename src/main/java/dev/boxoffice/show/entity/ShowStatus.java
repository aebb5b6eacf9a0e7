package dev.boxoffice.show.entity;

/** DRAFT shows are invisible and not on sale; CANCELLED shows are gone for good. */
public enum ShowStatus { DRAFT, PUBLISHED, CANCELLED }
