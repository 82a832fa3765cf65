# Messages added by the small fixes after the hands-on trial.
smallfix-negative-price = a price cannot be negative: `{ $key }` is { $value }
    .label = expected a price of 0 or more
    .help = a price is an amount paid (a discount makes it lower, never negative); if this criterion is no price, write `price = false` in the criteria file
# "did you mean `price`?" then the known ids.
smallfix-hint-then-known = { $hint } ({ $known })
