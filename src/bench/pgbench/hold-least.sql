-- Scenario 2 with the least SQL that gives the same guarantees (issue 14): client n locks the 4
-- seats of a block of row n+1 in id order, holds them if all are free, then releases them; the same
-- seats as hold.sql and the app. held_until carries the hold's expiry on a HELD seat, NULL otherwise
-- (now() is the transaction's start, so it equals the hold's expires_at). The account is looked up
-- once per client (-D acct=0 to start with): the least SQL knows its caller.
\set blk random(0, :cols / 4 - 1)
\set s1 :base + (:client_id + 1) * :cols + :blk * 4
\if :acct = 0
SELECT id AS acct FROM account WHERE username = 'bench-' || :client_id \gset
\endif
BEGIN;
SELECT count(*) FILTER (WHERE status = 'AVAILABLE') AS free FROM (SELECT status FROM show_seat
 WHERE show_id = :show AND seat_id BETWEEN :s1 AND :s1 + 3 ORDER BY id FOR UPDATE) l \gset
\if :free = 4
INSERT INTO hold (account_id, show_id, created_at, expires_at, seat_count)
VALUES (:acct, :show, now(), now() + interval '5 minutes', 4) RETURNING id AS hold \gset
UPDATE show_seat SET status = 'HELD', hold_id = :hold, held_until = now() + interval '5 minutes', version = version + 1
 WHERE show_id = :show AND seat_id BETWEEN :s1 AND :s1 + 3;
COMMIT;
BEGIN;
UPDATE hold SET status = 'RELEASED' WHERE id = :hold;
UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1 WHERE hold_id = :hold;
COMMIT;
\else
ROLLBACK;
\endif
