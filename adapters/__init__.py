"""Adapter backends: run each technique (prompting, soft-prompt tuning, LoRA, full
fine-tuning) on a sample of the user's own data and measure them alike.

Empty for now; the backends arrive with their own issue.
"""
