"""watch stage: follow RSS/Atom feeds and folders, code new stories into the store.

`runner.Watcher` polls; `fetch` is the polite HTTP client, `feeds` the RSS/Atom parser,
`folder` the folder scanner, `dedup` the MinHash near-duplicate detector, `stories` the
story tables, `state` what has been done, and `alerts` the ``--alert`` rules.
"""
