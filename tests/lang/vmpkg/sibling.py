def helper():
    return "sibling.helper"
