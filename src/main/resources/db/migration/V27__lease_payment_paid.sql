-- #22: a lease that was already running when its House began using the product is imported with
-- the payments made so far. Each month of its schedule says whether the NGO has paid it; leases
-- approved in the product start with none paid.
ALTER TABLE lease_payment ADD COLUMN paid BOOLEAN DEFAULT FALSE NOT NULL;
