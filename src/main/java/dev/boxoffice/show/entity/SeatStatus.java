package dev.boxoffice.show.entity;

/** Stored state of a show seat. A HELD seat whose hold has expired is free, whatever this says. */
public enum SeatStatus { AVAILABLE, HELD, BOOKED }
