-- PBKDF2 hashes with their {id} prefix are 124 characters long.
ALTER TABLE staff_user_account MODIFY password_hash VARCHAR(255) NOT NULL;
