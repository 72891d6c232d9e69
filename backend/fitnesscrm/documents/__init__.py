"""Documents: a studio's library of files with versions, folders and tags, shared with clients; waivers they sign."""
