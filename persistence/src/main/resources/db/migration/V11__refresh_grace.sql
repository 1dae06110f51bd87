-- Console sessions keep their refresh token in one cookie that every tab of the browser shares.
-- Two tabs refreshing at the same instant present the same token twice; within a short grace
-- period after it was spent, the second presentation receives a sibling token of the same family
-- instead of being taken for a stolen token. Only cookie sessions get that grace: a token handed
-- to a mobile client in the JSON body is reused by nobody but a thief.
ALTER TABLE refresh_token ADD COLUMN cookie boolean NOT NULL DEFAULT false;
