"""The live lab: from the recommendation to a side-by-side trial on the user's own sample."""
