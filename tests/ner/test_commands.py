"""training_options: the options the training commands share."""

import click

from extract.backbone.commands import train_backbone
from extract.ner.commands import train, training_options

SHARED = ["--data", "--output", "--config", "--work-dir", "--max-steps"]


def test_training_options_add_the_shared_options_in_order_with_their_help():
    @click.command()
    @training_options(data="D", output="O", config="C", work_dir="W")
    def command(data_dir, output_dir, config, work_dir, max_steps):
        """A training command."""

    options = [(param.opts[0], param.help) for param in command.params]
    assert [name for name, _ in options] == SHARED
    assert [text for _, text in options][:4] == ["D", "O", "C", "W"]


def test_both_training_commands_take_the_shared_options():
    for command in (train, train_backbone):
        names = [param.opts[0] for param in command.params]
        assert names[:len(SHARED)] == SHARED
