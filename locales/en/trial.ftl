# Messages added by the fixes of the hands-on trial.
trial-expected-samples = expected a whole number from 1 to 1,000,000
trial-error-empty-value = a value is required for `{ $arg }`, but none was given
trial-or = or
