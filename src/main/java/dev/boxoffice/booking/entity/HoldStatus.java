package dev.boxoffice.booking.entity;

/** Stored state of a hold. ACTIVE past its expiry is effectively EXPIRED: see {@link Hold#stateAt}. */
public enum HoldStatus { ACTIVE, BOOKED, RELEASED, EXPIRED }
