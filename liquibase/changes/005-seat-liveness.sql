--liquibase formatted sql logicalFilePath:boxoffice/005-seat-liveness.sql

--changeset boxoffice:005-held-until splitStatements:false
-- A held seat carries its hold's expiry, so "is this seat taken?" is a test on the seat row
-- itself (the row a hold locks), written once in seat_taken below.
ALTER TABLE show_seat ADD COLUMN held_until TIMESTAMPTZ;
UPDATE show_seat ss
   SET held_until = CASE WHEN h.status = 'ACTIVE' THEN h.expires_at ELSE h.created_at END
  FROM hold h
 WHERE h.id = ss.hold_id AND ss.status = 'HELD';
ALTER TABLE show_seat ADD CONSTRAINT show_seat_held_until CHECK ((status = 'HELD') = (held_until IS NOT NULL));
CREATE INDEX show_seat_held_until_idx ON show_seat (held_until) WHERE status = 'HELD';

-- The one definition of a taken seat: booked, or held until a moment after `at`.
CREATE FUNCTION seat_taken(status VARCHAR, held_until TIMESTAMPTZ, at TIMESTAMPTZ) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT status = 'BOOKED' OR (status = 'HELD' AND held_until > at) $$;
--rollback DROP FUNCTION seat_taken(VARCHAR, TIMESTAMPTZ, TIMESTAMPTZ); DROP INDEX show_seat_held_until_idx; ALTER TABLE show_seat DROP CONSTRAINT show_seat_held_until; ALTER TABLE show_seat DROP COLUMN held_until;

--changeset boxoffice:005-seat-change-notices splitStatements:false
-- Every committed seat change is announced, whoever makes it (the app, the cleanup, an admin's
-- SQL): one NOTIFY per show, public status and expiry, at most 200 seats each (NOTIFY allows
-- 8,000 bytes). PostgreSQL delivers it only if the transaction commits.
CREATE FUNCTION announce_seat_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('boxoffice_seat_changes', json_build_object(
                'locked_until', to_char(c.held_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'seat_ids', c.seat_ids,
                'show_id', c.show_id,
                'status', lower(c.status))::text)
      FROM (SELECT n.show_id, n.status, n.held_until, array_agg(n.seat_id ORDER BY n.seat_id) AS seat_ids
              FROM (SELECT n.*, (row_number() OVER (PARTITION BY n.show_id, n.status, n.held_until ORDER BY n.seat_id) - 1) / 200 AS part
                      FROM new_rows n JOIN old_rows o ON o.id = n.id
                     WHERE (o.status, o.hold_id, o.booking_id, o.held_until)
                           IS DISTINCT FROM (n.status, n.hold_id, n.booking_id, n.held_until)) n
             GROUP BY n.show_id, n.status, n.held_until, n.part) c;
    RETURN NULL;
END;
$$;
CREATE TRIGGER show_seat_announce AFTER UPDATE ON show_seat
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION announce_seat_changes();
--rollback DROP TRIGGER show_seat_announce ON show_seat; DROP FUNCTION announce_seat_changes();

--changeset boxoffice:005-audit-actor splitStatements:false
-- The acting account is the owner of the hold or booking the seat changes with, unless the
-- transaction names one (boxoffice.actor: an administrator's id, or 'system' for the cleanup).
CREATE OR REPLACE FUNCTION audit_show_seat() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor TEXT := coalesce(current_setting('boxoffice.actor', true), '');
    actor_id BIGINT;
BEGIN
    IF actor = 'system' THEN
        actor_id := NULL;
    ELSIF actor <> '' THEN
        actor_id := actor::BIGINT;
    ELSIF coalesce(NEW.booking_id, OLD.booking_id) IS NOT NULL THEN
        SELECT account_id INTO actor_id FROM booking WHERE id = coalesce(NEW.booking_id, OLD.booking_id);
    ELSE
        SELECT account_id INTO actor_id FROM hold WHERE id = coalesce(NEW.hold_id, OLD.hold_id);
    END IF;
    INSERT INTO seat_audit (show_id, seat_id, show_seat_id, from_status, to_status, account_id, hold_id, booking_id)
    VALUES (NEW.show_id, NEW.seat_id, NEW.id, OLD.status, NEW.status, actor_id,
            coalesce(NEW.hold_id, OLD.hold_id), coalesce(NEW.booking_id, OLD.booking_id));
    RETURN NULL;
END;
$$;
--rollback SELECT 1;

--changeset boxoffice:005-held-until-follows-hold splitStatements:false
-- A hold's seats are held until its expiry: whoever moves the expiry (an extension, an admin's
-- SQL) moves theirs with it.
CREATE FUNCTION hold_expiry_to_seats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE show_seat SET held_until = NEW.expires_at
     WHERE hold_id = NEW.id AND status = 'HELD' AND held_until IS DISTINCT FROM NEW.expires_at;
    RETURN NULL;
END;
$$;
CREATE TRIGGER hold_expiry_moves_seats AFTER UPDATE OF expires_at ON hold
    FOR EACH ROW WHEN (OLD.expires_at IS DISTINCT FROM NEW.expires_at)
    EXECUTE FUNCTION hold_expiry_to_seats();
--rollback DROP TRIGGER hold_expiry_moves_seats ON hold; DROP FUNCTION hold_expiry_to_seats();

--changeset boxoffice:005-show-change-notices splitStatements:false
-- Instances keep shows' headers (title, time, status) with their layouts: tell them of a change.
CREATE FUNCTION announce_show_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('boxoffice_show_changes', NEW.id::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER show_announce AFTER UPDATE ON show FOR EACH ROW EXECUTE FUNCTION announce_show_change();

-- the header names the hall and the venue too
CREATE FUNCTION announce_place_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('boxoffice_show_changes', sh.id::text)
       FROM show sh JOIN hall h ON h.id = sh.hall_id
      WHERE (TG_TABLE_NAME = 'hall' AND h.id = NEW.id) OR (TG_TABLE_NAME = 'venue' AND h.venue_id = NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER hall_announce AFTER UPDATE OF name ON hall FOR EACH ROW EXECUTE FUNCTION announce_place_change();
CREATE TRIGGER venue_announce AFTER UPDATE OF name ON venue FOR EACH ROW EXECUTE FUNCTION announce_place_change();
--rollback DROP TRIGGER venue_announce ON venue; DROP TRIGGER hall_announce ON hall; DROP FUNCTION announce_place_change(); DROP TRIGGER show_announce ON show; DROP FUNCTION announce_show_change();
