-- The staff lists and the inbox (issue 18) read a page in the order they show it; these indexes hold
-- that order, so a first page is read from the top of an index instead of sorting the whole region
-- (10,000 NGOs, 100,000 bookings, 20,000 audit lines were tried). Each names the list it serves.

-- Audit trail: newest first, ties by id (AuditLog.search), also within a region.
CREATE INDEX audit_entry_at_id ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_region_at ON audit_entry (region_code, occurred_at DESC, id DESC);

-- Staff bookings: the queue (pending, by start) and the list (from a day on, by start);
-- the inbox's bookings and series (pending, oldest request first).
CREATE INDEX booking_status_start ON booking (status, starts_at, id);
CREATE INDEX booking_start ON booking (starts_at, id);
CREATE INDEX booking_status_created ON booking (status, created_at, id);

-- Filings: the list (waiting ones by filing day) and the inbox (waiting ones, oldest first).
CREATE INDEX annual_filing_status_filed ON annual_filing (status, filed_on, id);
CREATE INDEX annual_filing_status_created ON annual_filing (status, created_at, id);

-- NGOs: the list sorts by the name in the page's language; the inbox asks for unverified ones,
-- oldest first.
CREATE INDEX ngo_name_kk ON ngo (name_kk, id);
CREATE INDEX ngo_name_ru ON ngo (name_ru, id);
CREATE INDEX ngo_name_en ON ngo (name_en, id);
CREATE INDEX ngo_identity_created ON ngo (identity, created_at, id);
