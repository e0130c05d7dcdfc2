"""web stage: a read-only FastAPI app over the store, with a JSON API and a dashboard.

`eventwire.web.app.create_app` builds the app; `eventwire.web.api` holds the JSON
routes, `eventwire.web.queries` their SQL (parameterised, paged, capped) and
``static/`` the dashboard pages (plain HTML, CSS and JavaScript, no network).
"""
