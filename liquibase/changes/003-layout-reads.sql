--liquibase formatted sql logicalFilePath:boxoffice/003-layout-reads.sql

--changeset boxoffice:003-taken-seats-index
-- Layout reads fetch only the seats that are not free; most seats of a show on sale are.
CREATE INDEX show_seat_taken_idx ON show_seat (show_id, seat_id) WHERE status <> 'AVAILABLE';
--rollback DROP INDEX show_seat_taken_idx;
