-- Scenario 1 without the app: the SQL of one layout read (GET /api/hall-layout/{show}/),
-- statement for statement as the app sends it (LayoutReads.state); geometry is cached there.
BEGIN;
SELECT sh.title, h.name, v.name, sh.starts_at, sh.status
  FROM show sh JOIN hall h ON h.id = sh.hall_id JOIN venue v ON v.id = h.venue_id
 WHERE sh.id = :show;
SELECT ss.seat_id, ss.status, ho.account_id, ho.expires_at
  FROM show_seat ss LEFT JOIN hold ho ON ho.id = ss.hold_id
 WHERE ss.show_id = :show AND ss.status <> 'AVAILABLE'
   AND (ss.status = 'BOOKED' OR (ho.status = 'ACTIVE' AND ho.expires_at > now()))
 ORDER BY ss.seat_id;
COMMIT;
