"""Site modules: the URL forms and selectors of one institute's directory each (``mila``)."""
