--liquibase formatted sql logicalFilePath:boxoffice/004-hold-ids.sql

--changeset boxoffice:004-hold-id-blocks
-- The app takes hold ids in blocks of 50, one nextval per block (see Hold): the column's identity
-- sequence must step by as much. EclipseLink takes the value nextval returns as the last id of its
-- block, so the sequence moves past every id in use and at least one block up. A row inserted
-- without an id still gets a fresh one.
ALTER TABLE hold ALTER COLUMN id SET INCREMENT BY 50;
SELECT setval(pg_get_serial_sequence('hold', 'id'), COALESCE(MAX(id), 0) + 50) FROM hold;
--rollback ALTER TABLE hold ALTER COLUMN id SET INCREMENT BY 1;
