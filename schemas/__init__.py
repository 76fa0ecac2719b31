"""JSON Schemas (Draft 2020-12) of every record polybrief reads or writes; data files only."""
