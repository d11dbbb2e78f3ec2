"""Publishing the course: the offline website (publish.site), the reveal.js decks
(publish.slides) and the notebooks' slide metadata (publish.slide_metadata).

This package sits above course_utils: it may import course_utils, never the other way round.
"""
