-- Bucket4j's per-user write budgets (limit/WriteLimits), shared by every api replica.
-- UNLOGGED: no WAL, so taking a token does not wait for a flush or the synchronous standby;
-- after a crash or a failover the table starts empty, which only refills everyone's budget.
CREATE UNLOGGED TABLE write_limit_buckets (
    id         varchar(200) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

-- The failed-login buckets are as disposable: a failover forgetting them resets the count.
ALTER TABLE login_attempt_buckets SET UNLOGGED;
