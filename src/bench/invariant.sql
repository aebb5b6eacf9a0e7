-- The promise, checked in SQL after a load: prints one line per check with the number of
-- violations (all must be 0). Used by src/bench/run.sh and src/bench/multi-instance.sh.
SELECT 'seats with two inventory rows (so two holds)', count(*) FROM (
  SELECT show_id, seat_id FROM show_seat GROUP BY show_id, seat_id HAVING count(*) > 1) x
UNION ALL
SELECT 'seats both held and in a confirmed booking', count(*) FROM show_seat ss
 WHERE ss.status = 'HELD' AND EXISTS (SELECT 1 FROM booking_seat bs WHERE bs.show_seat_id = ss.id AND bs.confirmed)
UNION ALL
SELECT 'seats in two confirmed bookings', count(*) FROM (
  SELECT show_seat_id FROM booking_seat WHERE confirmed GROUP BY show_seat_id HAVING count(*) > 1) x
UNION ALL
SELECT 'booked seats without their confirmed booking', count(*) FROM show_seat ss
 WHERE ss.status = 'BOOKED' AND NOT EXISTS (
   SELECT 1 FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id
    WHERE bs.show_seat_id = ss.id AND bs.confirmed AND b.status = 'CONFIRMED' AND b.id = ss.booking_id)
UNION ALL
SELECT 'confirmed booking seats not BOOKED by that booking', count(*) FROM booking_seat bs
  JOIN booking b ON b.id = bs.booking_id
  JOIN show_seat ss ON ss.id = bs.show_seat_id
 WHERE bs.confirmed AND b.status = 'CONFIRMED' AND (ss.status <> 'BOOKED' OR ss.booking_id <> b.id)
UNION ALL
SELECT 'cancelled bookings with confirmed seats', count(*) FROM booking_seat bs
  JOIN booking b ON b.id = bs.booking_id WHERE bs.confirmed AND b.status = 'CANCELLED'
UNION ALL
SELECT 'held seats whose hold is not active', count(*) FROM show_seat ss JOIN hold h ON h.id = ss.hold_id
 WHERE ss.status = 'HELD' AND h.status NOT IN ('ACTIVE', 'EXPIRED')
UNION ALL
SELECT 'live holds whose seat count is wrong', count(*) FROM hold h
 WHERE h.status = 'ACTIVE' AND h.expires_at > now() AND h.seat_count <> (SELECT count(*) FROM show_seat ss WHERE ss.hold_id = h.id)
UNION ALL
SELECT 'seats released twice from one hold (double work)', count(*) FROM (
  SELECT show_seat_id, hold_id FROM seat_audit WHERE from_status = 'HELD' AND to_status = 'AVAILABLE'
   GROUP BY show_seat_id, hold_id HAVING count(*) > 1) x;
