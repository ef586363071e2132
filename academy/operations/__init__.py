"""Running the service in production: health checks, the beat schedule, request ids and JSON logs, storage faults."""
