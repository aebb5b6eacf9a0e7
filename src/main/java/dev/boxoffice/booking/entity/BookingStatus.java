package dev.boxoffice.booking.entity;

public enum BookingStatus { CONFIRMED, CANCELLED }
