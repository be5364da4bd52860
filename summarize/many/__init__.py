"""Many stories at once: clustering a pile into stories, batch and distributed runs, evaluation."""
