"""Serve the knowledge base in Datasette, with review pages for checking facts.

- ``app.make_datasette`` builds the Datasette instance (metadata + plugin + reviewers);
- ``plugin`` is the Datasette plugin (review queue, fact and article pages, verdicts);
- ``review`` reads facts and records verdicts; ``highlight`` renders article spans;
- ``signin`` signs reviewers in (hashes in memory only, throttled, session cookies);
- ``reviewers`` keeps the reviewers file; ``commands`` holds the click commands.
"""
