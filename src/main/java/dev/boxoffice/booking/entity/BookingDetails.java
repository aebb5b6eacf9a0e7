package dev.boxoffice.booking.entity;

import java.util.List;

/** A booking with the seats it sold and their prices. */
public record BookingDetails(Booking booking, List<BookedSeat> seats) {

    public List<Long> seatIds() {
        return seats.stream().map(BookedSeat::seatId).toList();
    }
}
