"""Italian dates without a leading zero on the day (1 dicembre 2026), as Italian writes them."""

DATE_FORMAT = "j F Y"
