--liquibase formatted sql logicalFilePath:boxoffice/006-account-changes.sql

--changeset boxoffice:006-account-change-notices splitStatements:false
-- Every committed change to an account or its roles (lock counters included, whoever makes it:
-- the app, another instance, plain SQL) is announced with the account's id, so that each
-- instance drops its cached copy (RecentAccounts). A rolled-back change announces nothing.
CREATE FUNCTION notify_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'account' THEN
        changed := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE
        changed := CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END;
    END IF;
    PERFORM pg_notify('boxoffice_account_changes', changed::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER account_changes AFTER INSERT OR UPDATE OR DELETE ON account
    FOR EACH ROW EXECUTE FUNCTION notify_account_change();
CREATE TRIGGER account_role_changes AFTER INSERT OR UPDATE OR DELETE ON account_role
    FOR EACH ROW EXECUTE FUNCTION notify_account_change();
--rollback DROP TRIGGER account_role_changes ON account_role; DROP TRIGGER account_changes ON account; DROP FUNCTION notify_account_change();
