# Messages added by the fixes of the hands-on trial.
trial-expected-samples = expected a whole number from 1 to 1,000,000
trial-error-empty-value = a value is required for `{ $arg }`, but none was given
trial-or = or
trial-toml-unknown-key = unknown field `{ $name }`, expected one of { $expected }
trial-toml-unknown-value = unknown variant `{ $name }`, expected one of { $expected }
trial-toml-missing-key = missing key: `{ $name }`
trial-toml-duplicate-key = duplicate key
trial-toml-number-too-large = the number { $number } is too large
trial-toml-float-too-large = number too large
