-- Scenario 2 without the app: client n holds 4 seats of row n+1 (blocks of 4 in turn) and
-- releases them, with the statements the app sends for POST /api/shows/{id}/holds and
-- DELETE /api/holds/{id} (log_statement = all), including the two look-ups of the caller's
-- account that authentication makes per request. NOTIFY goes to a channel nobody listens on.
\set blk random(0, :cols / 4 - 1)
\set s1 :base + (:client_id + 1) * :cols + :blk * 4
\set s2 :s1 + 1
\set s3 :s1 + 2
\set s4 :s1 + 3
SELECT id AS account, password_hash FROM account WHERE username = 'bench-' || :client_id \gset
SELECT role FROM account_role WHERE account_id = :account;
BEGIN;
SELECT set_config('lock_timeout', '5000ms', true);
SELECT set_config('boxoffice.actor', (:account)::text, true);
SELECT id FROM account WHERE id = :account FOR NO KEY UPDATE;
SELECT status, starts_at FROM show WHERE id = :show FOR SHARE;
SELECT id, account_id, created_at, expires_at, seat_count, show_id, status FROM hold
 WHERE account_id = :account AND show_id = :show AND status = 'ACTIVE' FOR UPDATE;
SELECT set_config('lock_timeout', '5000ms', true);
SELECT id, booking_id, hold_id, seat_id, show_id, status, version FROM show_seat
 WHERE show_id = :show AND seat_id IN (:s1, :s2, :s3, :s4) ORDER BY id FOR UPDATE;
INSERT INTO hold (account_id, created_at, expires_at, seat_count, show_id, status)
VALUES (:account, now(), now() + interval '5 minutes', 0, :show, 'ACTIVE');
SELECT lastval() AS hold \gset
UPDATE hold SET seat_count = 4 WHERE id = :hold;
UPDATE show_seat SET status = 'HELD', hold_id = :hold, version = version + 1 WHERE show_id = :show AND seat_id = :s1;
UPDATE show_seat SET status = 'HELD', hold_id = :hold, version = version + 1 WHERE show_id = :show AND seat_id = :s2;
UPDATE show_seat SET status = 'HELD', hold_id = :hold, version = version + 1 WHERE show_id = :show AND seat_id = :s3;
UPDATE show_seat SET status = 'HELD', hold_id = :hold, version = version + 1 WHERE show_id = :show AND seat_id = :s4;
SELECT pg_notify('boxoffice_bench', '{"show_id":2,"status":"held"}');
SELECT seat_id FROM show_seat WHERE hold_id = :hold ORDER BY seat_id;
COMMIT;
SELECT id, password_hash FROM account WHERE username = 'bench-' || :client_id;
SELECT role FROM account_role WHERE account_id = :account;
BEGIN;
SELECT set_config('lock_timeout', '5000ms', true);
SELECT set_config('boxoffice.actor', (:account)::text, true);
SELECT id, account_id, created_at, expires_at, seat_count, show_id, status FROM hold WHERE id = :hold FOR UPDATE;
SELECT set_config('lock_timeout', '5000ms', true);
SELECT id, booking_id, hold_id, seat_id, show_id, status, version FROM show_seat WHERE hold_id = :hold ORDER BY id FOR UPDATE;
UPDATE hold SET status = 'RELEASED' WHERE id = :hold;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s1;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s2;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s3;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, version = version + 1 WHERE show_id = :show AND seat_id = :s4;
SELECT pg_notify('boxoffice_bench', '{"show_id":2,"status":"available"}');
COMMIT;
