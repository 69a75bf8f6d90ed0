-- A registration proves its address before it counts (#19, finding 10): until its person follows
-- the mailed link it is PENDING, holding the hash of that one-time link and the moment the link
-- lapses. Only CONFIRMED and WAITING registrations take seats; a PENDING one past its moment
-- counts nowhere (filtered when read, no timer). Status values widen for 'PENDING' (fits 10).
ALTER TABLE registration ADD COLUMN confirm_hash VARCHAR(64);
ALTER TABLE registration ADD COLUMN confirm_by TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration ADD CONSTRAINT registration_confirm_unique UNIQUE (confirm_hash);
