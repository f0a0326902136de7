-- Full-text rows now share their fact's rowid (a search reads ids from `facts` by rowid, not the
-- index's stored text). Forgetting the version makes the next start rebuild both tables that way.
DELETE FROM meta WHERE key = 'kb_version';
