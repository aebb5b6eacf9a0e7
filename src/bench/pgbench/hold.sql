-- Scenario 2 without the app: client n holds 4 seats of row n+1 (blocks of 4 in turn) and
-- releases them, with the statements the app sends for POST /api/shows/{id}/holds and
-- DELETE /api/holds/{id} (log_statement = all). A logged-in caller's account is remembered by
-- the app, so like the app it is looked up once per client. The triggers announce and audit.
\set blk random(0, :cols / 4 - 1)
\set s1 :base + (:client_id + 1) * :cols + :blk * 4
\set s2 :s1 + 1
\set s3 :s1 + 2
\set s4 :s1 + 3
\if :acct = 0
SELECT id AS acct FROM account WHERE username = 'bench-' || :client_id \gset
\endif
BEGIN;
SELECT sh.status, sh.starts_at, h.id, h.seat_count, h.created_at, h.expires_at,
       (SELECT string_agg(ss.seat_id::text, ',' ORDER BY ss.seat_id) FROM show_seat ss WHERE ss.hold_id = h.id)
  FROM show sh
  LEFT JOIN LATERAL (SELECT * FROM hold WHERE account_id = :acct AND show_id = sh.id AND status = 'ACTIVE'
                     FOR NO KEY UPDATE) h ON TRUE
 WHERE sh.id = :show
   FOR KEY SHARE OF sh;
SELECT id, seat_id, hold_id, seat_taken(status, held_until, now()) FROM show_seat
 WHERE show_id = :show AND seat_id IN (:s1, :s2, :s3, :s4) ORDER BY id FOR UPDATE;
-- the app inserts with an id from its block of 50 (one nextval per 50 holds): RETURNING stands in for it
INSERT INTO hold (account_id, created_at, expires_at, seat_count, show_id, status)
VALUES (:acct, now(), now() + interval '5 minutes', 4, :show, 'ACTIVE') RETURNING id AS hold \gset
UPDATE show_seat SET version = version + 1, status = 'HELD', hold_id = :hold, held_until = now() + interval '5 minutes',
       booking_id = NULL
 WHERE id IN (SELECT id FROM show_seat WHERE show_id = :show AND seat_id IN (:s1, :s2, :s3, :s4));
COMMIT;
BEGIN;
UPDATE hold SET status = 'RELEASED' WHERE id = :hold AND account_id = :acct AND status = 'ACTIVE' RETURNING show_id;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1
 WHERE id IN (SELECT id FROM show_seat WHERE hold_id = :hold ORDER BY id FOR UPDATE);
COMMIT;
