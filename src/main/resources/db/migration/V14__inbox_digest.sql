-- The daily digest of what waits for a member of staff: off unless they choose it on their profile.
-- digest_sent_on is the day (in Kazakhstan) the last digest went out: a second node running the
-- same chore finds it set (or loses on the account's version) and sends nothing.
ALTER TABLE account ADD COLUMN daily_digest BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN digest_sent_on DATE;
