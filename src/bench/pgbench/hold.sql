-- Scenario 2 without the app: client n holds 4 seats of row n+1 (blocks of 4 in turn) and
-- releases them, with the statements the app sends for POST /api/shows/{id}/holds and
-- DELETE /api/holds/{id} (log_statement = all), including the look-up of the caller's account
-- that authentication makes per request. NOTIFY goes to a channel nobody listens on. held_until
-- as the schema of issue 14 has it: the hold's expiry on a HELD seat, NULL otherwise.
\set blk random(0, :cols / 4 - 1)
\set s1 :base + (:client_id + 1) * :cols + :blk * 4
\set s2 :s1 + 1
\set s3 :s1 + 2
\set s4 :s1 + 3
SELECT a.id AS account, a.username, a.email, a.password_hash, a.created_at, a.failed_logins, a.locked_until, r.role
  FROM account a LEFT JOIN account_role r ON r.account_id = a.id
 WHERE a.username = 'bench-' || :client_id LIMIT 1 \gset
SELECT ss.seat_id FROM show sh JOIN show_seat ss ON ss.show_id = sh.id LEFT JOIN hold ho ON ho.id = ss.hold_id
 WHERE sh.id = :show AND sh.status = 'PUBLISHED' AND sh.starts_at > now()
   AND ss.seat_id = ANY (ARRAY[:s1, :s2, :s3, :s4]::bigint[])
   AND (ss.status = 'BOOKED' OR (ss.status = 'HELD' AND ho.status = 'ACTIVE' AND ho.expires_at > now()))
 ORDER BY ss.seat_id;
BEGIN;
SELECT set_config('lock_timeout', '3000ms', true), set_config('boxoffice.actor', (:account)::text, true);
SELECT id FROM account WHERE id = :account FOR NO KEY UPDATE;
SELECT status, starts_at FROM show WHERE id = :show FOR SHARE;
SELECT id, account_id, created_at, expires_at, seat_count, show_id, status FROM hold
 WHERE account_id = :account AND show_id = :show AND status = 'ACTIVE' FOR UPDATE;
SELECT id, booking_id, hold_id, seat_id, show_id, status, version FROM show_seat
 WHERE show_id = :show AND seat_id IN (:s1, :s2, :s3, :s4) ORDER BY id FOR UPDATE;
-- the app inserts with an id from its block of 50 (one nextval per 50 holds): one round trip here too
INSERT INTO hold (account_id, created_at, expires_at, seat_count, show_id, status)
VALUES (:account, now(), now() + interval '5 minutes', 4, :show, 'ACTIVE') RETURNING id AS hold \gset
UPDATE show_seat SET status = 'HELD', hold_id = :hold, held_until = now() + interval '5 minutes', version = version + 1 WHERE show_id = :show AND seat_id = :s1;
UPDATE show_seat SET status = 'HELD', hold_id = :hold, held_until = now() + interval '5 minutes', version = version + 1 WHERE show_id = :show AND seat_id = :s2;
UPDATE show_seat SET status = 'HELD', hold_id = :hold, held_until = now() + interval '5 minutes', version = version + 1 WHERE show_id = :show AND seat_id = :s3;
UPDATE show_seat SET status = 'HELD', hold_id = :hold, held_until = now() + interval '5 minutes', version = version + 1 WHERE show_id = :show AND seat_id = :s4;
SELECT pg_notify('boxoffice_bench', '{"show_id":' || :show || ',"status":"held"}');
COMMIT;
SELECT a.id, a.username, a.email, a.password_hash, a.created_at, a.failed_logins, a.locked_until, r.role
  FROM account a LEFT JOIN account_role r ON r.account_id = a.id
 WHERE a.username = 'bench-' || :client_id;
BEGIN;
SELECT set_config('lock_timeout', '3000ms', true), set_config('boxoffice.actor', (:account)::text, true);
SELECT id, account_id, created_at, expires_at, seat_count, show_id, status FROM hold WHERE id = :hold FOR UPDATE;
SELECT id, booking_id, hold_id, seat_id, show_id, status, version FROM show_seat WHERE hold_id = :hold ORDER BY id FOR UPDATE;
UPDATE hold SET status = 'RELEASED' WHERE id = :hold;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s1;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s2;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s3;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s4;
SELECT pg_notify('boxoffice_bench', '{"show_id":' || :show || ',"status":"available"}');
COMMIT;
