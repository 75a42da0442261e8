"""`complaintbot analyze`: classify texts with the same trained model and components as the bot."""
