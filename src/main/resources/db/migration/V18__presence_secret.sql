-- #19 finding 9: check-in proves presence with a short code that rotates every five minutes, an
-- HMAC of the room and the time window under this secret. The application makes the secret once
-- (32 random bytes, Base64) on first use; it is never part of the source.
CREATE TABLE presence_secret (
    id     INTEGER      NOT NULL PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);
