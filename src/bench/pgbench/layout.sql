-- Scenario 1 without the app: the SQL of one layout read (GET /api/hall-layout/{show}/),
-- as the app sends it (LayoutReads.state, outside a transaction); the geometry is cached there.
SELECT sh.title, h.name, v.name, sh.starts_at, sh.status, t.seat_id, t.status, t.account_id, t.expires_at
  FROM show sh JOIN hall h ON h.id = sh.hall_id JOIN venue v ON v.id = h.venue_id
  LEFT JOIN LATERAL (
      SELECT ss.seat_id, ss.status, ho.account_id, ho.expires_at
        FROM show_seat ss LEFT JOIN hold ho ON ho.id = ss.hold_id
       WHERE ss.show_id = sh.id AND ss.status <> 'AVAILABLE'
         AND (ss.status = 'BOOKED' OR (ho.status = 'ACTIVE' AND ho.expires_at > now()))
  ) t ON true
 WHERE sh.id = :show
 ORDER BY t.seat_id;
