"""Serve the knowledge base in Datasette, with review pages for checking facts.

- ``app.make_datasette`` builds the Datasette instance (metadata + plugin + reviewers);
- ``plugin`` holds the Datasette plugin's hooks; its pages are ``review_pages`` (review
  queue, fact and article pages, verdicts), ``cluster_pages`` and ``serverinfo``, and what
  they share is in ``web``; ``cells`` renders table cells, ``errors`` the error pages;
- ``review`` reads facts and records verdicts; ``highlight`` renders article spans;
- ``signin`` signs reviewers in (hashes in memory only, throttled, session cookies);
- ``reviewers`` keeps the reviewers file; ``commands`` holds the click commands.
"""
